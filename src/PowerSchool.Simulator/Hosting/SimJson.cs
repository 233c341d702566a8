using System.Buffers;
using System.Text.Json;

namespace PowerSchool.Simulator.Hosting;

/// <summary>Writes JSON responses with <see cref="Utf8JsonWriter"/>: no reflection, no intermediate objects.</summary>
public static class SimJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Renders a JSON body now (for example while a read lock is held).</summary>
    public static ReadOnlyMemory<byte> Render(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return buffer.WrittenMemory;
    }

    public static async Task WriteAsync(HttpContext context, Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(context);
        await WriteAsync(context, Render(write));
    }

    /// <summary>An endpoint result that writes its body with <paramref name="write"/>.</summary>
    public static IResult Result(Action<Utf8JsonWriter> write, int statusCode = StatusCodes.Status200OK) => new BodyResult(Render(write), statusCode);

    /// <summary>An endpoint result with a body rendered before.</summary>
    public static IResult Result(ReadOnlyMemory<byte> body, int statusCode = StatusCodes.Status200OK) => new BodyResult(body, statusCode);

    private static async Task WriteAsync(HttpContext context, ReadOnlyMemory<byte> body)
    {
        context.Response.ContentType = "application/json;charset=UTF-8";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    private sealed class BodyResult(ReadOnlyMemory<byte> body, int statusCode) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = statusCode;
            return WriteAsync(httpContext, body);
        }
    }
}
