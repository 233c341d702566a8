namespace PowerSchool.Simulator.Faults;

/// <summary>Sends a response body in small chunks with a pause before each, like a slow or congested server.</summary>
internal static class SlowBody
{
    private const int ChunkBytes = 512;

    public static async Task RunAsync(HttpContext context, RequestDelegate next, TimeSpan pause, TimeProvider time)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        context.Response.ContentLength = bytes.Length;
        await context.Response.StartAsync(context.RequestAborted);
        for (var offset = 0; offset < bytes.Length; offset += ChunkBytes)
        {
            await Task.Delay(pause, time, context.RequestAborted);
            await original.WriteAsync(bytes.Slice(offset, Math.Min(ChunkBytes, bytes.Length - offset)), context.RequestAborted);
            await original.FlushAsync(context.RequestAborted);
        }
    }
}
