using Azure.Data.Tables;

namespace PsFunctions.Azure.Storage.Tables;

/// <summary>A table client whose table is created the first time this process uses it.</summary>
internal sealed class EnsuredTable
{
    private readonly TableClient _client;
    private readonly CreateOnce _created;

    public EnsuredTable(TableClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _created = new CreateOnce(ct => client.CreateIfNotExistsAsync(ct));
    }

    public async ValueTask<TableClient> GetAsync(CancellationToken cancellationToken)
    {
        await _created.EnsureAsync(cancellationToken);
        return _client;
    }
}
