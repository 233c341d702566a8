using System.Text.Json;
using System.Text.Json.Nodes;

namespace PsFunctions.Bench.Cli;

/// <summary>The last line every program prints: one JSON object of its figures.</summary>
internal static class FigureLine
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static void Print(JsonObject figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        Console.Out.Flush();
        Console.WriteLine(figures.ToJsonString(Options));
    }

    public static double Round(double value, int digits = 2) => Math.Round(value, digits, MidpointRounding.AwayFromZero);
}
