namespace ParGraph.Server.Tests.TestHost;

/// <summary>An observable driven by an async method: it calls <c>next</c> per value; returning completes
/// the stream, throwing fails it; unsubscribing cancels the method.</summary>
public sealed class DelegateObservable<T>(Func<Action<T>, CancellationToken, Task> produce) : IObservable<T>
{
    public IDisposable Subscribe(IObserver<T> observer)
    {
        var cancellation = new CancellationTokenSource();
        _ = Task.Run(async () =>
        {
            try
            {
                await produce(observer.OnNext, cancellation.Token);
                observer.OnCompleted();
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                observer.OnError(e);
            }
        });
        return new Unsubscriber(cancellation);
    }

    private sealed class Unsubscriber(CancellationTokenSource cancellation) : IDisposable
    {
        public void Dispose() => cancellation.Cancel();
    }
}
