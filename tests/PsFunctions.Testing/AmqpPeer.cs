using System.Collections.Concurrent;
using Amqp;
using Amqp.Framing;
using Amqp.Listener;
using Amqp.Sasl;
using Amqp.Types;
using Azure.Messaging.ServiceBus;

namespace PsFunctions.Testing;

/// <summary>
/// An in-process AMQP 1.0 listener on loopback that the real Service Bus client can send to: it accepts the
/// SDK's claims-based-security handshake, accepts sender links with a max message size, and records every
/// message it is sent. <see cref="RejectWith"/> makes it refuse messages with a Service Bus error condition.
/// A test fixture, not a broker: the adapter tests send to it, and so do the Function App's tests (as their Service Bus).
/// </summary>
public sealed class AmqpPeer : IDisposable
{
    private const int MaxMessageSize = 1024 * 1024;

    private readonly ContainerHost _host;
    private readonly ConcurrentQueue<Message> _received = new();

    public AmqpPeer()
    {
        Port = AzuriteServer.FreeLoopbackPorts(1)[0];
        _host = new ContainerHost(new Address($"amqp://127.0.0.1:{Port}"));
        _host.Listeners[0].SASL.EnableMechanism(new Symbol("MSSBCBS"), new AcceptingSaslProfile());
        _host.RegisterRequestProcessor("$cbs", new AcceptingCbsProcessor());
        _host.RegisterLinkProcessor(new SenderLinkProcessor(this));
        _host.Open();
    }

    public int Port { get; }

    /// <summary>Messages received so far, in arrival order.</summary>
    public IReadOnlyList<Message> Received => [.. _received];

    /// <summary>When set, every message is refused with this AMQP error condition (e.g. <c>com.microsoft:server-busy</c>).</summary>
    public string? RejectWith { get; set; }

    public string ConnectionString =>
        $"Endpoint=sb://127.0.0.1:{Port};SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=SAS_KEY_VALUE;UseDevelopmentEmulator=true;";

    /// <summary>A client that gives up quickly, so a failing test fails fast.</summary>
    public ServiceBusClient CreateClient() => new(ConnectionString, new ServiceBusClientOptions
    {
        RetryOptions = new ServiceBusRetryOptions
        {
            MaxRetries = 1,
            Delay = TimeSpan.FromMilliseconds(20),
            MaxDelay = TimeSpan.FromMilliseconds(100),
            TryTimeout = TimeSpan.FromSeconds(10),
        },
    });

    public void Dispose() => _host.Close();

    private void OnMessage(MessageContext context)
    {
        if (RejectWith is { } condition)
        {
            context.Complete(new Error(new Symbol(condition)) { Description = "Refused by the test peer." });
            return;
        }

        foreach (var message in Unpack(context.Message))
        {
            _received.Enqueue(message);
        }

        context.Complete();
    }

    // The SDK sends a batch of several messages as one envelope whose data sections each hold an encoded message.
    private static List<Message> Unpack(Message message)
    {
        const uint BatchFormat = 0x80013700;
        if (message.Format != BatchFormat)
        {
            return [message];
        }

        var sections = message.BodySection switch
        {
            DataList list => Enumerable.Range(0, list.Count).Select(i => list[i]).ToList(),
            Data data => [data],
            _ => [],
        };
        return sections.Select(data => Message.Decode(new ByteBuffer(data.Binary, 0, data.Binary.Length, data.Binary.Length))).ToList();
    }

    private sealed class AcceptingSaslProfile() : SaslProfile(new Symbol("MSSBCBS"))
    {
        protected override ITransport UpgradeTransport(ITransport transport) => transport;

        protected override DescribedList GetStartCommand(string hostname) => null!;

        protected override DescribedList OnCommand(DescribedList command) => new SaslOutcome { Code = SaslCode.Ok };
    }

    private sealed class AcceptingCbsProcessor : IRequestProcessor
    {
        public int Credit => 100;

        public void Process(RequestContext requestContext) => requestContext.Complete(new Message
        {
            ApplicationProperties = new ApplicationProperties { ["status-code"] = 202, ["status-description"] = "Accepted" },
        });
    }

    private sealed class SenderLinkProcessor(AmqpPeer peer) : ILinkProcessor
    {
        public void Process(AttachContext attachContext)
        {
            if (attachContext.Attach.Role)
            {
                attachContext.Complete(new Error(new Symbol("amqp:not-implemented")) { Description = "The test peer only receives." });
                return;
            }

            attachContext.Attach.MaxMessageSize = MaxMessageSize;
            attachContext.Complete(new RecordingEndpoint(peer), 300);
        }
    }

    private sealed class RecordingEndpoint(AmqpPeer peer) : LinkEndpoint
    {
        public override void OnMessage(MessageContext messageContext) => peer.OnMessage(messageContext);

        public override void OnFlow(FlowContext flowContext)
        {
        }

        public override void OnDisposition(DispositionContext dispositionContext) => dispositionContext.Complete();
    }
}
