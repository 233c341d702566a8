using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace PowerSchool.Simulator.Enrollment.Auth;

/// <summary>Reads the Basic credentials of a request: the API key as user name, an empty password.</summary>
internal static class BasicApiKey
{
    public static bool Matches(HttpRequest request, string apiKey)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        const string Scheme = "Basic ";
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[Scheme.Length..].Trim()));
        }
        catch (FormatException)
        {
            return false;
        }

        // The password must be empty: a client that sends anything else is misconfigured.
        var separator = decoded.IndexOf(':', StringComparison.Ordinal);
        if (separator < 0 || separator != decoded.Length - 1)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(decoded[..separator]),
            Encoding.UTF8.GetBytes(apiKey));
    }
}
