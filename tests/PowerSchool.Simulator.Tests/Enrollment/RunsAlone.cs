namespace PowerSchool.Simulator.Tests.Enrollment;

/// <summary>Tests that measure the process (allocations) run in this collection, alone: nothing else allocates meanwhile.</summary>
[CollectionDefinition(nameof(RunsAlone), DisableParallelization = true)]
public sealed class RunsAlone;
