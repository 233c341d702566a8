using Azure.Core;
using Azure.Core.Pipeline;

namespace PsFunctions.Azure.Tests.Storage.Tables;

/// <summary>Counts the requests a storage client sends (each try of each operation).</summary>
internal sealed class RequestCounter : HttpPipelineSynchronousPolicy
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref _count);
}
