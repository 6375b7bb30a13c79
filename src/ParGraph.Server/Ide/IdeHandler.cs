using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ParGraph.Server.Ide;

/// <summary>
/// Serves Banana Cake Pop (npm <c>@chillicream/bananacakepop-graphql-ide</c>) from <see cref="IdeOptions.Path"/>:
/// the page on <c>GET {endpoint}</c>, its assets under <c>{endpoint}/…</c>, and <c>{endpoint}/bcp-config.json</c>
/// pointing it at the endpoint. Without the folder the page explains how to get it.
/// </summary>
public sealed class IdeHandler : IDisposable
{
    public const string ConfigFileName = "bcp-config.json";

    private static readonly FileExtensionContentTypeProvider ContentTypes = CreateContentTypes();
    private readonly IdeOptions _options;
    private readonly PhysicalFileProvider? _files;

    public IdeHandler(IOptions<IdeOptions> options, IHostEnvironment environment)
    {
        _options = options.Value;
        Folder = System.IO.Path.GetFullPath(_options.Path, environment.ContentRootPath);
        if (File.Exists(System.IO.Path.Combine(Folder, "index.html")))
            _files = new PhysicalFileProvider(Folder);
    }

    /// <summary>The absolute folder the IDE is served from.</summary>
    public string Folder { get; }

    public bool Enabled => _options.Enabled;

    /// <summary>The IDE page for <c>GET {endpoint}</c>.</summary>
    public async Task ServePageAsync(HttpContext context, string endpointPath)
    {
        var response = context.Response;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        if (_files is null)
        {
            await response.WriteAsync(MissingPage(), context.RequestAborted).ConfigureAwait(false);
            return;
        }
        var html = await File.ReadAllTextAsync(System.IO.Path.Combine(Folder, "index.html"), context.RequestAborted)
            .ConfigureAwait(false);
        var baseHref = WebUtility.HtmlEncode(context.Request.PathBase + endpointPath + "/");
        html = html.Replace("<head>", $"<head><base href=\"{baseHref}\"/>", StringComparison.OrdinalIgnoreCase);
        await response.WriteAsync(html, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>An asset or the IDE configuration under <c>{endpoint}/</c>; 404 when there is none.</summary>
    public async Task ServeAssetAsync(HttpContext context, string endpointPath, string asset)
    {
        var response = context.Response;
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }
        if (!_options.Enabled)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        if (asset == ConfigFileName)
        {
            response.ContentType = "application/json; charset=utf-8";
            response.Headers.CacheControl = "no-cache";
            await response.WriteAsync(Config(context.Request.PathBase + endpointPath), context.RequestAborted).ConfigureAwait(false);
            return;
        }
        var file = _files?.GetFileInfo(asset);
        if (file is null || !file.Exists || file.IsDirectory || !ContentTypes.TryGetContentType(asset, out var contentType))
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        response.ContentType = contentType;
        response.ContentLength = file.Length;
        response.Headers.CacheControl = asset.StartsWith("static/", StringComparison.Ordinal)
            ? "public, max-age=31536000, immutable"
            : "no-cache";
        if (HttpMethods.IsGet(context.Request.Method))
            await response.SendFileAsync(file, context.RequestAborted).ConfigureAwait(false);
    }

    public void Dispose() => _files?.Dispose();

    private string Config(string endpoint) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["endpoint"] = endpoint,
        ["useBrowserUrlAsEndpoint"] = true,
        ["title"] = _options.Title,
    });

    private string MissingPage()
    {
        var folder = WebUtility.HtmlEncode(Folder);
        var html = new StringBuilder()
            .Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"/><title>")
            .Append(WebUtility.HtmlEncode(_options.Title)).Append(" — GraphQL IDE not installed</title></head><body>")
            .Append("<h1>Banana Cake Pop is not installed</h1>")
            .Append("<p>This endpoint serves GraphQL; the IDE files were not found in <code>").Append(folder).Append("</code>.</p>")
            .Append("<p><code>dotnet build</code> of the API fetches them when npm is available. Manually:</p><pre>")
            .Append("cd /tmp &amp;&amp; npm pack @chillicream/bananacakepop-graphql-ide@18.0.0\n")
            .Append("tar xzf chillicream-bananacakepop-graphql-ide-18.0.0.tgz\n")
            .Append("mkdir -p ").Append(folder).Append(" &amp;&amp; cp -r package/* ").Append(folder).Append('/')
            .Append("</pre><p>Any GraphQL client can use this endpoint meanwhile (POST application/json).</p></body></html>");
        return html.ToString();
    }

    private static FileExtensionContentTypeProvider CreateContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        provider.Mappings[".mjs"] = "text/javascript";
        provider.Mappings[".cjs"] = "text/javascript";
        provider.Mappings[".js"] = "text/javascript";
        provider.Mappings[".map"] = "application/json";
        return provider;
    }
}
