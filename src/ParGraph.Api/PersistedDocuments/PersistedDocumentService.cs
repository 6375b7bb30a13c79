using System.Security.Claims;
using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.EntityFrameworkCore;
using ParGraph.Api.Audit;
using ParGraph.Api.Data;
using ParGraph.Api.Hosting;
using ParGraph.Api.Identity;
using ParGraph.Server.Errors;
using ParGraph.Server.Mutations;
using ParGraph.Server.Transport;

namespace ParGraph.Api.PersistedDocuments;

/// <summary>Registers persisted documents: parsed and validated against the schema, in one transaction, audited.</summary>
public sealed partial class PersistedDocumentService(
    IDbContextFactory<ParGraphDbContext> factory,
    InMemoryPersistedDocumentStore memory,
    ISchema schema,
    IDocumentValidator validator,
    ProvinceClock clock)
{
    public const int MaxDocumentLength = 65_536;
    public const int MaxNameLength = 100;
    public const int MaxIdLength = 71;

    public async Task<PersistedDocument> RegisterAsync(RegisterPersistedDocumentInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var name = string.IsNullOrWhiteSpace(input.Name) ? null : input.Name.Trim();
        await ValidateAsync(input.Document, name, user, ct);
        var id = "sha256:" + InMemoryPersistedDocumentStore.ComputeSha256(input.Document);
        await CheckNameIsFreeInFilesAsync(name, input.Document, ct);

        return await factory.MutateAsync<ParGraphDbContext, PersistedDocument>(async (db, ct) =>
        {
            var document = await db.PersistedDocuments.FirstOrDefaultAsync(d => d.Id == id, ct);
            if (document is not null && (name is null || name == document.Name))
            {
                return document; // the same text again: nothing changes
            }

            if (document?.Name is { } registeredName)
            {
                throw ApiException.Conflict($"This document is already registered under the name \"{registeredName}\" (documentId {id}); a document keeps the name it was given.");
            }

            var before = document is null ? null : Snapshot(document);
            document ??= db.PersistedDocuments.Add(new PersistedDocument { Id = id, Document = input.Document }).Entity;
            document.Name = name;
            document.RegisteredBy = new CurrentUser(user).Username;
            document.RegisteredAt = clock.UtcNow;
            AuditLog.Record(db, user, clock.UtcNow, "registerPersistedDocument", nameof(PersistedDocument), id, before, Snapshot(document));
            return document;
        }, $"The name \"{name}\" is already used by another persisted document; choose another name.", ct);
    }

    private async Task ValidateAsync(string text, string? name, ClaimsPrincipal user, CancellationToken ct)
    {
        if (name is not null && !NamePattern().IsMatch(name))
        {
            throw ApiException.Validation(
                $"The name \"{name}\" is not valid: use lower-case ASCII letters and digits, words joined by '-', at most {MaxNameLength} characters (e.g. ioc-overview).",
                "input.name");
        }

        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxDocumentLength)
        {
            throw ApiException.Validation($"The document must not be empty and must be at most {MaxDocumentLength} characters.", "input.document");
        }

        GraphQLDocument document;
        try
        {
            document = GraphQLParser.Parser.Parse(text);
        }
        catch (GraphQLSyntaxErrorException ex)
        {
            throw ApiException.Validation($"The document is not valid GraphQL: {ex.Description} (line {ex.Location.Line}, column {ex.Location.Column}).", "input.document");
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        if (operations.Count == 0)
        {
            throw ApiException.Validation("The document has no operation to run.", "input.document");
        }

        foreach (var operation in operations)
        {
            var result = await validator.ValidateAsync(new ValidationOptions
            {
                Schema = schema,
                Document = document,
                Operation = operation,
                Variables = Inputs.Empty,
                Extensions = Inputs.Empty,
                User = user,
                CancellationToken = ct,
            });
            // Variables get their values when the document runs; only the document itself is checked here.
            var error = result.Errors.FirstOrDefault(e => e is not InvalidVariableError);
            if (error is not null)
            {
                throw ApiException.Validation($"The document does not validate against the schema: {error.Message}", "input.document");
            }
        }
    }

    private async Task CheckNameIsFreeInFilesAsync(string? name, string text, CancellationToken ct)
    {
        if (name is not null && await memory.FindAsync(name, ct) is { } served && served != text)
        {
            throw ApiException.Conflict($"The name \"{name}\" is already used by another persisted document; choose another name.");
        }
    }

    private static object Snapshot(PersistedDocument d) => new { d.Id, d.Name, d.Document, d.RegisteredBy };

    [GeneratedRegex("^(?=.{1,100}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex NamePattern();
}
