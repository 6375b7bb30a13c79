using System.ComponentModel.DataAnnotations;

namespace ParGraph.Server.Events;

/// <summary>Settings of the PostgreSQL <c>LISTEN/NOTIFY</c> backplane (section <c>Events</c>).</summary>
public sealed class EventsOptions
{
    public const string SectionName = "Events";

    /// <summary>The notification channel every replica listens on.</summary>
    [RegularExpression("^[a-z_][a-z0-9_]{0,62}$", ErrorMessage = "Events:Channel must be a lower-case SQL identifier.")]
    public string Channel { get; set; } = "pargraph_events";

    /// <summary>Events a subscriber may have waiting; one that falls further behind is ended with an error.</summary>
    [Range(1, 100_000)]
    public int SubscriberBufferSize { get; set; } = 256;

    /// <summary>First wait before reconnecting a lost LISTEN connection; doubled per failure up to <see cref="ReconnectMaxDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan ReconnectMinDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(30);
}
