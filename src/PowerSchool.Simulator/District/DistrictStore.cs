using Microsoft.Extensions.Options;
using PowerSchool.Simulator.Hosting;

namespace PowerSchool.Simulator.District;

/// <summary>
/// Owns the live district and its lock. Reads run together; a write runs alone, so a batch of student
/// records or a table write is seen whole or not at all. <see cref="Reset"/> returns to the start state.
/// </summary>
public sealed class DistrictStore : IResettable, IDisposable
{
    private readonly ReaderWriterLockSlim _lock = new();
    private readonly DistrictData _start;
    private readonly IReadOnlyList<string> _extensionTables;
    private DistrictState _state;

    public DistrictStore(DistrictData start, IOptions<DistrictOptions> options)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(options);
        _start = start;
        _extensionTables = options.Value.ExtensionTables;
        _state = new DistrictState(start, _extensionTables);
    }

    public T Read<T>(Func<DistrictState, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        _lock.EnterReadLock();
        try
        {
            return read(_state);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    public T Write<T>(Func<DistrictState, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        _lock.EnterWriteLock();
        try
        {
            return write(_state);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    public void Reset()
    {
        var fresh = new DistrictState(_start, _extensionTables);
        _lock.EnterWriteLock();
        try
        {
            _state = fresh;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    public void Dispose() => _lock.Dispose();
}
