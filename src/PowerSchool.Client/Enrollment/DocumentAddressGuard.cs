using System.Net;
using System.Net.Sockets;

namespace PowerSchool.Client.Enrollment;

/// <summary>
/// Refuses document hosts that resolve to the app's own networks (loopback, private, link-local such as the cloud
/// metadata endpoint 169.254.169.254, shared and unspecified addresses) unless
/// <see cref="DocumentDownloadOptions.AllowPrivateAddresses"/> is on. The connection is made to the addresses that
/// were checked, so a name that resolves differently a moment later (DNS rebinding) cannot slip through.
/// </summary>
internal static class DocumentAddressGuard
{
    /// <summary>The host's addresses, or <see cref="DocumentRefusedException"/> when one of them is internal and that is not allowed.</summary>
    public static async Task<IPAddress[]> ResolveAsync(string host, bool allowPrivate, CancellationToken cancellationToken)
    {
        var name = host.Trim('[', ']');
        var addresses = IPAddress.TryParse(name, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(name, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new DocumentRefusedException("The document host resolved to no address.");
        }

        if (!allowPrivate && addresses.Any(IsInternal))
        {
            throw new DocumentRefusedException(
                $"The document host resolves to a loopback, private or link-local address; {DocumentDownloadOptions.SectionName}:AllowPrivateAddresses is off.");
        }

        return addresses;
    }

    /// <summary>The documents handler's connect step: resolve, check, connect to what was checked.</summary>
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> Connect(bool allowPrivate) =>
        async (context, cancellationToken) =>
        {
            var addresses = await ResolveAsync(context.DnsEndPoint.Host, allowPrivate, cancellationToken);
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };

    public static bool IsInternal(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            // fc00::/7 unique local, fe80::/10 link-local, ff00::/8 multicast.
            var first = address.GetAddressBytes()[0];
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || (first & 0xFE) == 0xFC;
        }

        var b = address.GetAddressBytes();
        return b[0] switch
        {
            0 or 10 or 127 => true,
            100 => b[1] is >= 64 and < 128, // 100.64.0.0/10, carrier-grade NAT
            169 => b[1] == 254, // link-local, the instance metadata endpoint
            172 => b[1] is >= 16 and < 32,
            192 => b[1] == 168 || (b[1] == 0 && b[2] == 0),
            >= 224 => true, // multicast and reserved
            _ => false,
        };
    }
}
