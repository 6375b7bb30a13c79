using ParGraph.Api.Tasks;
using TaskStatus = ParGraph.Api.Tasks.TaskStatus;

namespace ParGraph.Api.Hosting.Demo;

/// <summary>One demo task at a time; composed strings are shared so a million tasks stay small in memory.</summary>
internal sealed class DemoTaskFactory(DateOnly today, IReadOnlyList<int> agencyIds)
{
    // Weights of DeadlineKind.Date … Unspecified.
    private static readonly int[] KindWeights = [15, 10, 20, 10, 25, 5, 8, 4, 3];
    private readonly Dictionary<(int, int, int), string> titles = [];
    private readonly Dictionary<(int, int), string> products = [];
    private readonly Dictionary<(int, int), string> numbers = [];
    private readonly DemoDeadlines deadlines = new();

    public DemoTask Create(Random random, int id, DemoPlan plan, DemoSection section, int position, int number)
    {
        var (verb, thing, qualifier) = (random.Next(DemoVocabulary.Verbs.Length), random.Next(DemoVocabulary.Objects.Length), random.Next(DemoVocabulary.Qualifiers.Length));
        var title = Cached(titles, (verb, thing, qualifier), () => $"{DemoVocabulary.Verbs[verb]} {DemoVocabulary.Objects[thing]} {DemoVocabulary.Qualifiers[qualifier]}".TrimEnd());
        var productIndex = random.Next(DemoVocabulary.Products.Length);
        var product = Cached(products, (productIndex, thing), () => $"{DemoVocabulary.Products[productIndex]} về {DemoVocabulary.Objects[thing]}");
        var (text, kind, start, due) = deadlines.Create(random, PickKind(random), plan.Year);

        var from = start ?? new DateOnly(plan.Year, 1, 1);
        var until = due ?? new DateOnly(plan.Year, 12, 31);
        var roll = random.Next(100);
        var status = until < today ? (roll < 80 ? TaskStatus.Completed : roll < 85 ? TaskStatus.Cancelled : TaskStatus.InProgress)
            : from <= today ? (roll < 30 ? TaskStatus.Completed : roll < 80 ? TaskStatus.InProgress : roll < 98 ? TaskStatus.NotStarted : TaskStatus.Cancelled)
            : (roll < 85 ? TaskStatus.NotStarted : TaskStatus.InProgress);
        var progress = status switch
        {
            TaskStatus.Completed => 100,
            TaskStatus.InProgress => 5 * random.Next(2, 19),
            _ => 0,
        };
        DateOnly? completedOn = null;
        if (status == TaskStatus.Completed)
        {
            var day = until.AddDays(random.Next(-60, 31));
            completedOn = day > today ? today : day < from ? from : day;
        }

        var leads = Agencies(random, random.Next(100) < 70 ? 1 : 2, []);
        var coordinating = Agencies(random, random.Next(4), leads);
        var reported = status != TaskStatus.NotStarted && random.Next(100) < 60;
        return new DemoTask(
            id, plan.Id, section.Id, plan.Year, position, Cached(numbers, (section.Position, number), () => $"{section.Position + 1}.{number}"),
            title, product, text, kind, start, due, status, progress, completedOn, leads, coordinating, reported);
    }

    private static DeadlineKind PickKind(Random random)
    {
        var roll = random.Next(KindWeights.Sum());
        for (var k = 0; k < KindWeights.Length; k++)
        {
            roll -= KindWeights[k];
            if (roll < 0)
            {
                return (DeadlineKind)k;
            }
        }

        return DeadlineKind.Unspecified;
    }

    private int[] Agencies(Random random, int count, int[] except)
    {
        count = Math.Min(count, agencyIds.Count - except.Length);
        var picked = new List<int>(count);
        while (picked.Count < count)
        {
            var id = agencyIds[random.Next(agencyIds.Count)];
            if (!picked.Contains(id) && !except.Contains(id))
            {
                picked.Add(id);
            }
        }

        return [.. picked];
    }

    private static string Cached<TKey>(Dictionary<TKey, string> cache, TKey key, Func<string> create)
        where TKey : notnull
    {
        if (!cache.TryGetValue(key, out var value))
        {
            cache[key] = value = create();
        }

        return value;
    }
}
