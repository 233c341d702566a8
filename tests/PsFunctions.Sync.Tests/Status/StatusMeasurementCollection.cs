namespace PsFunctions.Sync.Tests.Status;

/// <summary>
/// Status tests read the fixed work-queue names of the shared Azurite; xunit runs this collection with nothing
/// beside it so no other test adds messages between the counts they compare.
/// </summary>
[CollectionDefinition(nameof(StatusMeasurementCollection), DisableParallelization = true)]
public sealed class StatusMeasurementCollection;
