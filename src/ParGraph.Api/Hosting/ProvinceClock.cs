namespace ParGraph.Api.Hosting;

/// <summary>Today's date in Khánh Hòa (UTC+7), which deadlines are judged by.</summary>
public sealed class ProvinceClock(TimeProvider time)
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone);

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);
}
