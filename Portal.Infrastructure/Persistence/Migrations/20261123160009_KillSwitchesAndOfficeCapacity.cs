using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class KillSwitchesAndOfficeCapacity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "HolderUserId",
                table: "Bookings",
                type: "TEXT",
                maxLength: 450,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 450);

            migrationBuilder.AddColumn<bool>(
                name: "BookedByPhone",
                table: "Bookings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "BookedByStaffUserId",
                table: "Bookings",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CallerName",
                table: "Bookings",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CallerPhone",
                table: "Bookings",
                type: "TEXT",
                maxLength: 11,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "KillSwitches",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IsOn = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KillSwitches", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "OfficeHolidays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficeHolidays", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfficeHolidays_Offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "Offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OfficeSlotTemplates",
                columns: table => new
                {
                    OfficeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Topic = table.Column<int>(type: "INTEGER", nullable: false),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Offered = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficeSlotTemplates", x => new { x.OfficeId, x.Topic });
                    table.ForeignKey(
                        name: "FK_OfficeSlotTemplates_Offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "Offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_CallerPhone_Status",
                table: "Bookings",
                columns: new[] { "CallerPhone", "Status" },
                filter: "\"CallerPhone\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_OfficeHolidays_OfficeId_Date",
                table: "OfficeHolidays",
                columns: new[] { "OfficeId", "Date" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KillSwitches");

            migrationBuilder.DropTable(
                name: "OfficeHolidays");

            migrationBuilder.DropTable(
                name: "OfficeSlotTemplates");

            migrationBuilder.DropIndex(
                name: "IX_Bookings_CallerPhone_Status",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "BookedByPhone",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "BookedByStaffUserId",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "CallerName",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "CallerPhone",
                table: "Bookings");

            migrationBuilder.AlterColumn<string>(
                name: "HolderUserId",
                table: "Bookings",
                type: "TEXT",
                maxLength: 450,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 450,
                oldNullable: true);
        }
    }
}
