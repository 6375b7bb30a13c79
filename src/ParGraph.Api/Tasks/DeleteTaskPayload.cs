namespace ParGraph.Api.Tasks;

public sealed class DeleteTaskPayloadType() : TaskPayloadType("DeleteTaskPayload", "The task as it was deleted.");
