using System.ComponentModel;

namespace ParGraph.Api.Tasks;

public enum TaskChangeKind
{
    [Description("The task was created.")]
    Created,

    [Description("The task, its assignment, status or progress changed.")]
    Updated,

    [Description("The task was deleted.")]
    Deleted,

    [Description("Changes may have been missed (the server lost its event feed for a moment): re-read what you show.")]
    Resync,
}
