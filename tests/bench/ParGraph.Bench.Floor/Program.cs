using Npgsql;
using ParGraph.Bench.Floor;

// The floor: what the three benchmark queries cost with nothing but Npgsql and hand-written SQL.
// Each endpoint runs one statement that builds the whole {"data":…} document in PostgreSQL.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var connectionString = builder.Configuration["ConnectionString"]
    ?? throw new InvalidOperationException("Set ConnectionString (the ParGraph database).");
var dataSource = NpgsqlDataSource.Create(connectionString);
var app = builder.Build();

app.MapPost("/nested", (HttpContext http) => FloorQueries.AnswerAsync(http, dataSource, FloorQueries.NestedPage, today: true));
app.MapPost("/search", (HttpContext http) => FloorQueries.AnswerAsync(http, dataSource, FloorQueries.FilteredSearch, today: false,
    "%" + (http.Request.Query["term"].FirstOrDefault() ?? "sipas") + "%"));
app.MapPost("/statistics", (HttpContext http) => FloorQueries.AnswerAsync(http, dataSource, FloorQueries.Statistics, today: true));
app.MapGet("/health", () => "ok");
app.Run();
