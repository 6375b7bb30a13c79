namespace ParGraph.Api.Tasks;

public sealed class AssignTaskPayloadType() : TaskPayloadType("AssignTaskPayload", "The task with its new lead and coordinating agencies.");
