namespace ParGraph.Api.Tasks;

public sealed class CreateTaskPayloadType() : TaskPayloadType("CreateTaskPayload", "The task created.");
