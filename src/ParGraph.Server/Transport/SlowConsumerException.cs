namespace ParGraph.Server.Transport;

/// <summary>A streaming client did not take its events as fast as they were produced; its buffer overflowed.</summary>
public sealed class SlowConsumerException()
    : Exception("The client reads too slowly: its buffer of pending messages overflowed.");
