namespace ParGraph.Api.Tasks;

public sealed class UpdateTaskPayloadType() : TaskPayloadType("UpdateTaskPayload", "The task after the change.");
