namespace ParGraph.Api.Tasks;

public sealed class SetTaskProgressPayloadType() : TaskPayloadType("SetTaskProgressPayload", "The task with its new status and progress.");
