namespace PsFunctions.Hosting.Console;

/// <summary>The anti-forgery request token the page sends back in <see cref="HeaderName"/> with every action (POST).</summary>
public sealed record AntiforgeryTokenResponse(string HeaderName, string Token);
