using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParGraph.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class TextSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // unaccent() is only STABLE; an IMMUTABLE wrapper naming its dictionary can back an index.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
                """);
            migrationBuilder.Sql("CREATE INDEX ix_tasks_title_search ON tasks USING gin (f_unaccent(lower(title)) gin_trgm_ops);");
            migrationBuilder.Sql("CREATE INDEX ix_agencies_name_search ON agencies USING gin (f_unaccent(lower(name)) gin_trgm_ops);");
            migrationBuilder.Sql("CREATE INDEX ix_plans_title_search ON plans USING gin (f_unaccent(lower(title)) gin_trgm_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_plans_title_search;");
            migrationBuilder.Sql("DROP INDEX ix_agencies_name_search;");
            migrationBuilder.Sql("DROP INDEX ix_tasks_title_search;");
            migrationBuilder.Sql("DROP FUNCTION f_unaccent(text);");
        }
    }
}
