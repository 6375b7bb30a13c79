namespace ParGraph.Server.Tests.TestHost;

/// <summary>A singleton hub the tests publish to; the <c>events(topic)</c> subscription observes it.</summary>
public sealed class TestEvents
{
    private readonly Lock _lock = new();
    private readonly List<(string Topic, IObserver<object?> Observer)> _observers = [];

    public int ObserverCount(string topic)
    {
        lock (_lock)
            return _observers.Count(o => o.Topic == topic);
    }

    public void Publish(string topic, string value)
    {
        List<IObserver<object?>> targets;
        lock (_lock)
            targets = _observers.Where(o => o.Topic == topic).Select(o => o.Observer).ToList();
        foreach (var observer in targets)
            observer.OnNext(value);
    }

    public IObservable<object?> Observe(string topic) => new Topic(this, topic);

    private sealed class Topic(TestEvents hub, string topic) : IObservable<object?>
    {
        public IDisposable Subscribe(IObserver<object?> observer)
        {
            var entry = (topic, observer);
            lock (hub._lock)
                hub._observers.Add(entry);
            return new Unsubscriber(() =>
            {
                lock (hub._lock)
                    hub._observers.Remove(entry);
            });
        }
    }

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
