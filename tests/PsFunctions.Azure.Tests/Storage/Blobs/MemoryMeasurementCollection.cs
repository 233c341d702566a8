namespace PsFunctions.Azure.Tests.Storage.Blobs;

/// <summary>Tests that measure process-wide allocations; xunit runs this collection with nothing beside it.</summary>
[CollectionDefinition(nameof(MemoryMeasurementCollection), DisableParallelization = true)]
public sealed class MemoryMeasurementCollection;
