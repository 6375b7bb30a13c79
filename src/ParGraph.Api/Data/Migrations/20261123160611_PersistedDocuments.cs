using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParGraph.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class PersistedDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "persisted_documents",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(71)", maxLength: 71, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    document = table.Column<string>(type: "text", nullable: false),
                    registered_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_persisted_documents", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_persisted_documents_name",
                table: "persisted_documents",
                column: "name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "persisted_documents");
        }
    }
}
