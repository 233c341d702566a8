namespace PsFunctions.Hosting.Console;

/// <summary>One mirrored document: its object id (the link's last segment), size and type.</summary>
public sealed record ConsoleDocument(string DeliveryTargetId, string ObjectId, long Length, string ContentType);
