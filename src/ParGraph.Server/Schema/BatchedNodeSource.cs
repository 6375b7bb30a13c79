using ParGraph.Server.Batching;

namespace ParGraph.Server.Schema;

public static class BatchedNodeSource
{
    /// <summary>A node source whose integer keys are loaded through <paramref name="loader"/>.</summary>
    public static NodeSource ById<TValue>(string typeName, BatchLoaderDefinition<int, TValue> loader)
        where TValue : class =>
        new(typeName, (context, key) =>
            int.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
                ? context.Load(loader, id).Then(value => (object?)value)
                : null);
}
