namespace ParGraph.Api.Hosting;

/// <summary>The current instant, and today's date in Khánh Hòa (UTC+7), which deadlines are judged by.</summary>
public sealed class ProvinceClock(TimeProvider time)
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    /// <summary>The instant to store (PostgreSQL <c>timestamptz</c> takes UTC only).</summary>
    public DateTimeOffset UtcNow => time.GetUtcNow();

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(UtcNow, Zone).DateTime);
}
