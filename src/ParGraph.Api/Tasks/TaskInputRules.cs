using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Agencies;
using ParGraph.Api.Data;
using ParGraph.Api.Import.Deadlines;
using ParGraph.Server.Errors;

namespace ParGraph.Api.Tasks;

/// <summary>Checks and readings of task input shared by the task mutations; each refusal names its field.</summary>
internal static class TaskInputRules
{
    public const int MaxTextLength = 4000;
    public const int MaxNumberLength = 64;
    public const int MaxNoteLength = 2000;
    public const int MaxDeadlineTextLength = 500;

    /// <summary>Trimmed text, null when blank; refused when required and blank or when too long.</summary>
    public static string? Text(string? value, int maxLength, string field, bool required = false)
    {
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (text is null && required)
        {
            throw ApiException.Validation("This field must not be empty.", field);
        }

        return text?.Length > maxLength
            ? throw ApiException.Validation($"At most {maxLength} characters, not {text.Length}.", field)
            : text;
    }

    public static Deadline Deadline(TaskDeadlineInput input, int? planYear, string field)
    {
        var text = Text(input.Text, MaxDeadlineTextLength, $"{field}.text");
        if (input is { Start: { } start, Due: { } due } && start > due)
        {
            throw ApiException.Validation($"The start {start:yyyy-MM-dd} is after the due day {due:yyyy-MM-dd}.", $"{field}.start");
        }

        if (input.Due is null)
        {
            return input.Start is null
                ? DeadlineParser.Parse(text, planYear)
                : throw ApiException.Validation("A start needs a due day.", $"{field}.due");
        }

        return new Deadline { Text = text, Kind = DeadlineKind.Date, Start = input.Start, Due = input.Due };
    }

    public static int? SectionId(string? id, string field) =>
        id is null ? null
        : int.TryParse(id.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw ApiException.Validation($"\"{id}\" is not the ID of a section.", field);

    /// <summary>The agencies named by code, in the order given: each must exist, appear once and not be dissolved.</summary>
    public static async Task<List<Agency>> AgenciesAsync(
        ParGraphDbContext db, IReadOnlyList<string> codes, string field, DateOnly today, CancellationToken ct)
    {
        var wanted = codes.Select(c => c.Trim().ToUpperInvariant()).ToList();
        if (wanted.FirstOrDefault(c => wanted.Count(w => w == c) > 1) is { } repeated)
        {
            throw ApiException.Validation($"{repeated} is named twice.", field);
        }

        var found = await db.Agencies.Where(a => wanted.Contains(a.Code)).ToDictionaryAsync(a => a.Code, ct);
        return [.. wanted.Select(code => found.TryGetValue(code, out var agency)
            ? agency.ValidTo is { } end && end < today
                ? throw ApiException.Validation($"{code} was dissolved on {end:yyyy-MM-dd}; assign its successor instead.", field)
                : agency
            : throw ApiException.Validation($"There is no agency with code \"{code}\".", field))];
    }
}
