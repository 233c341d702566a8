using System.Buffers;
using System.Text.Json;

namespace PowerSchool.Simulator.Hosting;

/// <summary>Writes JSON responses with <see cref="Utf8JsonWriter"/>: no reflection, no intermediate objects.</summary>
public static class SimJson
{
    public static async Task WriteAsync(HttpContext context, Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(write);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        context.Response.ContentType = "application/json;charset=UTF-8";
        context.Response.ContentLength = buffer.WrittenCount;
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }

    /// <summary>An endpoint result that writes its body with <paramref name="write"/>.</summary>
    public static IResult Result(Action<Utf8JsonWriter> write, int statusCode = StatusCodes.Status200OK) => new JsonWriterResult(write, statusCode);

    private sealed class JsonWriterResult(Action<Utf8JsonWriter> write, int statusCode) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = statusCode;
            return WriteAsync(httpContext, write);
        }
    }
}
