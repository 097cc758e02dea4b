using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using Infra.Core.Codes;
using Infra.Core.Plans;
using Infra.Data;
using Infra.Data.Audit;
using Infra.Data.Kpis;
using Infra.Data.Plans;
using Infra.Data.Progress;
using Infra.Jobs;
using Infra.Web.Endpoints;
using Infra.Web.Endpoints.Jobs;
using Infra.Web.Endpoints.Plans;
using Infra.Web.Endpoints.Progress;
using Infra.Web.Endpoints.Layers;
using Infra.Web.Endpoints.Sites;
using Infra.Web.Endpoints.Status;
using Infra.Web.Geo;
using Infra.Web.Ogc;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Infra.Web;

/// <summary>
/// The web host: HTTP API, OGC API Features, dashboard (static files), OpenAPI, roles and audit. Used by
/// <c>infra serve</c>, <c>infra bench-web</c> and the tests:
/// <code>
/// await using var app = await InfraWebApp.CreateAsync(new WebOptions { Urls = "http://127.0.0.1:5080" });
/// await app.RunAsync();
/// </code>
/// Tests pass <c>b => b.WebHost.UseTestServer()</c> as <c>configure</c> and use <c>app.GetTestClient()</c>.
/// </summary>
public static class InfraWebApp
{
    /// <summary>Opens the database (schema brought up to date) and builds the app; it is not started.</summary>
    public static async Task<WebApplication> CreateAsync(
        WebOptions options, Action<WebApplicationBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [.. options.Args],
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
                // Request logs at 200 req/s drown the console; appsettings (Logging:LogLevel) can turn them back on.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        configure?.Invoke(builder);
        var settings = WebSettings.Resolve(options, builder.Configuration, builder.Environment.ContentRootPath);
        var database = await InfraDatabase.OpenAsync(settings.Database, cancellationToken);
        var time = options.Time ?? TimeProvider.System;

        if (options.Urls is { } urls)
        {
            builder.WebHost.UseUrls(urls);
        }

        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = settings.MaxUploadBytes + (1024 * 1024));   // + multipart framing
        builder.Services.Configure<FormOptions>(f => f.MultipartBodyLengthLimit = settings.MaxUploadBytes);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(database);
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton<LayerCache>();
        builder.Services.AddSingleton<AuditStore>();
        builder.Services.AddSingleton(sp => new PlanStore(database, time));
        builder.Services.AddSingleton(sp => new ProgressStore(database, time));
        builder.Services.AddSingleton(new KpiStore(database));
        builder.Services.AddSingleton<PlanLayers>();
        builder.Services.AddSingleton<KpiCache>();
        builder.Services.AddSingleton<LatestPlan>();
        builder.Services.AddSingleton<StatusCache>();
        builder.Services.AddSingleton(new OgcCatalog(PlanLayers.OgcSources()));
        var jobs = new JobsOptions(settings.Database, settings.ScenarioFolder, settings.DropFolder, settings.ClusteredJobs);
        // Without jobs in this process the API still queues runs (for an `infra worker`) and reads their history.
        _ = options.EnableJobs ? builder.Services.AddInfraJobs(jobs) : builder.Services.AddInfraJobsClient(jobs);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<InputProblemHandler>();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(j =>
        {
            j.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;   // readable links and umlauts
            j.SerializerOptions.Converters.Add(new EnumNameConverter());                // JobRun.Kind as "Solve", not 0; coded enums keep their codes
            j.SerializerOptions.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals;   // a missing bound is NaN, not an error
            PlanJson.ApplySnakeCaseContract(j.SerializerOptions);                       // the plan contract in snake_case, as in its files
        });
        builder.Services.AddInfraAuth(builder.Configuration, settings.DataFolder);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (settings.WebRoot is { } webRoot)
        {
            var files = new PhysicalFileProvider(Path.GetFullPath(webRoot));
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }

        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAuditLog();
        app.MapOpenApi();
        app.MapHealthEndpoint();
        app.MapLayerEndpoints();
        app.MapSiteEndpoints();
        app.MapOgcEndpoints();
        app.MapAuditEndpoints();
        app.MapPlanEndpoints();
        app.MapGlossaryEndpoint();
        app.MapJobEndpoints();
        app.MapProgressEndpoints();
        app.MapStatusEndpoints();
        return app;
    }
}
