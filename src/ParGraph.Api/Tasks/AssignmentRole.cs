namespace ParGraph.Api.Tasks;

public enum AssignmentRole
{
    /// <summary>Cơ quan chủ trì.</summary>
    Lead,

    /// <summary>Cơ quan phối hợp.</summary>
    Coordinating,
}
