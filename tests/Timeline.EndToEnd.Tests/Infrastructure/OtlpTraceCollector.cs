using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Timeline.EndToEnd.Tests.Infrastructure;

/// <summary>A span as received over OTLP: enough to tell which service took part in which trace.</summary>
public sealed record ReceivedSpan(string Service, string TraceId, string SpanId, string Name, string Scope);

/// <summary>
/// A real OTLP/HTTP (protobuf) endpoint on loopback that the services export to, the way they would to a
/// collector in production. It decodes just the fields the tests assert on.
/// </summary>
public sealed class OtlpTraceCollector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedSpan> _spans = new();

    private OtlpTraceCollector(WebApplication app) => _app = app;

    /// <summary>Base URL to use as OTEL_EXPORTER_OTLP_ENDPOINT.</summary>
    public string Endpoint { get; private set; } = "";

    /// <summary>Every span received so far.</summary>
    public IReadOnlyCollection<ReceivedSpan> Spans => _spans.ToArray();

    public static async Task<OtlpTraceCollector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var collector = new OtlpTraceCollector(app);
        app.MapPost("/v1/traces", async (HttpRequest request) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer);
            foreach (var span in OtlpDecoder.DecodeTraces(buffer.ToArray()))
            {
                collector._spans.Enqueue(span);
            }
            return Results.Bytes([], "application/x-protobuf");
        });
        // Logs and metrics are exported too; they are accepted and ignored.
        app.MapPost("/v1/{signal}", () => Results.Bytes([], "application/x-protobuf"));
        await app.StartAsync();
        collector.Endpoint = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return collector;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>Minimal protobuf reader for opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest.</summary>
internal static class OtlpDecoder
{
    public static IEnumerable<ReceivedSpan> DecodeTraces(byte[] request)
    {
        var result = new List<ReceivedSpan>();
        foreach (var (field, resourceSpans) in Fields(request))
        {
            if (field != 1)
            {
                continue;
            }

            var service = "";
            var scopes = new List<byte[]>();
            foreach (var (f, value) in Fields(resourceSpans))
            {
                if (f == 1)
                {
                    service = ServiceName(value) ?? service;
                }
                else if (f == 2)
                {
                    scopes.Add(value);
                }
            }

            foreach (var scopeSpans in scopes)
            {
                var scope = "";
                foreach (var (f, value) in Fields(scopeSpans))
                {
                    if (f == 1)
                    {
                        scope = Fields(value).Where(x => x.Field == 1).Select(x => System.Text.Encoding.UTF8.GetString(x.Value)).FirstOrDefault() ?? "";
                    }
                    else if (f == 2)
                    {
                        var span = Fields(value).ToList();
                        string Get(int n) => span.Where(x => x.Field == n).Select(x => x.Value).FirstOrDefault() is { } b ? Convert.ToHexStringLower(b) : "";
                        var name = span.Where(x => x.Field == 5).Select(x => System.Text.Encoding.UTF8.GetString(x.Value)).FirstOrDefault() ?? "";
                        result.Add(new ReceivedSpan(service, Get(1), Get(2), name, scope));
                    }
                }
            }
        }
        return result;
    }

    private static string? ServiceName(byte[] resource)
    {
        foreach (var (f, keyValue) in Fields(resource))
        {
            if (f != 1)
            {
                continue;
            }
            var kv = Fields(keyValue).ToList();
            var key = kv.Where(x => x.Field == 1).Select(x => System.Text.Encoding.UTF8.GetString(x.Value)).FirstOrDefault();
            if (key == "service.name")
            {
                var any = kv.First(x => x.Field == 2).Value;
                return Fields(any).Where(x => x.Field == 1).Select(x => System.Text.Encoding.UTF8.GetString(x.Value)).FirstOrDefault();
            }
        }
        return null;
    }

    /// <summary>Length-delimited fields of a message (other wire types are skipped).</summary>
    private static IEnumerable<(int Field, byte[] Value)> Fields(byte[] message)
    {
        var pos = 0;
        while (pos < message.Length)
        {
            var tag = ReadVarint(message, ref pos);
            var field = (int)(tag >> 3);
            switch ((int)(tag & 7))
            {
                case 0: ReadVarint(message, ref pos); break;
                case 1: pos += 8; break;
                case 5: pos += 4; break;
                case 2:
                    var length = (int)ReadVarint(message, ref pos);
                    yield return (field, message[pos..(pos + length)]);
                    pos += length;
                    break;
                default: throw new InvalidDataException($"Unsupported wire type in field {field}");
            }
        }
    }

    private static ulong ReadVarint(byte[] data, ref int pos)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = data[pos++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }
    }
}
