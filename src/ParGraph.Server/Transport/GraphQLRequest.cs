using GraphQL;

namespace ParGraph.Server.Transport;

/// <summary>One GraphQL request as read from any transport, already checked for shape.</summary>
public sealed record GraphQLRequest(
    string? Query,
    string? DocumentId,
    string? OperationName,
    Inputs? Variables,
    Inputs? Extensions);
