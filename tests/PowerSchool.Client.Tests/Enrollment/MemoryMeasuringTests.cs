namespace PowerSchool.Client.Tests.Enrollment;

/// <summary>Tests that measure process-wide allocations run alone, so other tests' allocations do not count.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasuringTests
{
    public const string Name = "Memory measuring";
}
