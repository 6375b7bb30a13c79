using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParGraph.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class ImportTracking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "imported_values",
                table: "tasks",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "source_key",
                table: "tasks",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "source_hash",
                table: "plans",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_tasks_plan_id_source_key",
                table: "tasks",
                columns: new[] { "plan_id", "source_key" },
                unique: true,
                filter: "source_key IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_plans_source_file",
                table: "plans",
                column: "source_file",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_tasks_plan_id_source_key",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "ix_plans_source_file",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "imported_values",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "source_key",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "source_hash",
                table: "plans");
        }
    }
}
