namespace PsFunctions.App.Host.Tests;

/// <summary>Every host test shares one host start (<see cref="HostFixture"/>).</summary>
[CollectionDefinition(Name)]
public sealed class HostCollection : ICollectionFixture<HostFixture>
{
    public const string Name = "Functions host";
}
