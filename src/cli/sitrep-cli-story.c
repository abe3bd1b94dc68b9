/* sitrep-cli-story.c — sitrep-cli commands for stories: list them, export the handout
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-cli"

#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "sitrep-cli-output.h"
#include "sitrep-cli-private.h"
#include "sitrep-story-export.h"

int
sitrep_cli_cmd_stories (int    argc,
                        char **argv)
{
  g_auto(GStrv) args = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(GPtrArray) stories = NULL;
  g_autoptr(GError) error = NULL;
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print a JSON array"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };

  if (!sitrep_cli_parse_options ("stories", _("PROJECT"),
                                 _("Lists the project's stories with their steps, in order."),
                                 entries, &argc, &argv))
    return EXIT_USAGE;
  if (args == NULL || g_strv_length (args) != 1)
    return sitrep_cli_usage_error ("stories", _("Give one project."));

  store = sitrep_cli_open_project (args[0], SITREP_STORE_OPEN_READ_ONLY);
  if (store == NULL)
    return EXIT_FAILED;
  stories = sitrep_store_list_stories (store, &error);
  if (stories == NULL)
    {
      sitrep_cli_error ("%s", error->message);
      return EXIT_FAILED;
    }

  if (json)
    {
      SitrepCliJsonArray writer;

      sitrep_cli_json_array_begin (&writer);
      for (guint i = 0; i < stories->len; i++)
        {
          SitrepStory *story = stories->pdata[i];
          g_autoptr(JsonBuilder) builder = json_builder_new ();
          g_autoptr(GArray) steps = sitrep_store_list_story_steps (store, story->id, &error);

          if (steps == NULL)
            {
              sitrep_cli_error ("%s", error->message);
              return EXIT_FAILED;
            }
          json_builder_begin_object (builder);
          sitrep_cli_json_add_int (builder, "id", story->id);
          sitrep_cli_json_add_string (builder, "name", story->name);
          sitrep_cli_json_add_string (builder, "created_at", story->created_at);
          json_builder_set_member_name (builder, "events");
          json_builder_begin_array (builder);
          for (guint j = 0; j < steps->len; j++)
            json_builder_add_int_value (builder, g_array_index (steps, gint64, j));
          json_builder_end_array (builder);
          json_builder_end_object (builder);
          sitrep_cli_json_array_add (&writer, builder);
        }
      sitrep_cli_json_array_end (&writer);
      return EXIT_OK;
    }

  if (stories->len == 0)
    {
      sitrep_cli_error (_("This project has no stories yet."));
      return EXIT_OK;
    }
  for (guint i = 0; i < stories->len; i++)
    {
      SitrepStory *story = stories->pdata[i];
      g_autofree char *name = sitrep_cli_one_line (story->name);
      g_autoptr(GArray) steps = sitrep_store_list_story_steps (store, story->id, &error);
      g_autoptr(GString) events = g_string_new (NULL);

      if (steps == NULL)
        {
          sitrep_cli_error ("%s", error->message);
          return EXIT_FAILED;
        }
      for (guint j = 0; j < steps->len; j++)
        g_string_append_printf (events, "%s%" G_GINT64_FORMAT, j > 0 ? "," : "",
                                g_array_index (steps, gint64, j));
      sitrep_cli_printf ("%" G_GINT64_FORMAT "\t%s\t%u\t%s\n", story->id, name, steps->len, events->str);
    }
  return EXIT_OK;
}

static void
print_progress (guint    done,
                guint    total,
                gpointer user_data)
{
  if (isatty (fileno (stderr)))
    fprintf (stderr, _("\rDrawing page %u of %u"), done, total);
}

int
sitrep_cli_cmd_export_story (int    argc,
                             char **argv)
{
  g_auto(GStrv) args = NULL;
  g_autofree char *story = NULL;
  g_autofree char *title = NULL;
  g_autofree char *png_dir = NULL;
  g_autofree char *output = NULL;
  g_autoptr(SitrepStore) store = NULL;
  g_autoptr(GError) error = NULL;
  SitrepStoryExportOptions options = SITREP_STORY_EXPORT_OPTIONS_INIT;
  double dpi = 0;
  guint n_steps = 0;
  gboolean ok;
  GOptionEntry entries[] = {
    { "story", 's', 0, G_OPTION_ARG_STRING, &story,
      N_("The story to export (default: every event in date order)"), N_("NAME") },
    { "title", 't', 0, G_OPTION_ARG_STRING, &title, N_("Put a title page first"), N_("TEXT") },
    { "png-dir", 0, 0, G_OPTION_ARG_FILENAME, &png_dir, N_("Also write one PNG per step into DIR"),
      N_("DIR") },
    { "dpi", 0, 0, G_OPTION_ARG_DOUBLE, &dpi, N_("Resolution of the PNGs (default 300)"), N_("DPI") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The PDF to write"), N_("FILE.pdf") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };

  if (!sitrep_cli_parse_options ("export-story", _("PROJECT [--story NAME] -o FILE.pdf"),
                                 _("Writes a story as a handout: a PDF with one page per step "
                                   "(map, card and timeline), and one PNG per step with --png-dir."),
                                 entries, &argc, &argv))
    return EXIT_USAGE;
  if (args == NULL || g_strv_length (args) != 1)
    return sitrep_cli_usage_error ("export-story", _("Give one project."));
  if (output == NULL && png_dir == NULL)
    return sitrep_cli_usage_error ("export-story", _("Say where to write: -o FILE.pdf, --png-dir DIR or both."));
  if (dpi != 0 && (dpi < 36 || dpi > 1200))
    return sitrep_cli_usage_error ("export-story", _("The resolution must be between 36 and 1200 DPI."));

  store = sitrep_cli_open_project (args[0], SITREP_STORE_OPEN_READ_ONLY);
  if (store == NULL)
    return EXIT_FAILED;

  options.story = story;
  options.title = title;
  options.pdf_path = output;
  options.png_dir = png_dir;
  options.png_dpi = dpi;
  ok = sitrep_story_export (store, &options, print_progress, NULL, &n_steps, NULL, &error);
  if (isatty (fileno (stderr)))
    fprintf (stderr, "\n");
  if (!ok)
    {
      sitrep_cli_error ("%s", error->message);
      return EXIT_FAILED;
    }
  /* what was written where, as the window's toast says it (and as copy-for-coder's "Wrote …") */
  if (output != NULL && title != NULL)
    sitrep_cli_printf (g_dngettext (GETTEXT_PACKAGE, "Wrote %s: a title page and %u step\n",
                                    "Wrote %s: a title page and %u steps\n", n_steps), output, n_steps);
  else if (output != NULL)
    sitrep_cli_printf (g_dngettext (GETTEXT_PACKAGE, "Wrote %s: %u step\n", "Wrote %s: %u steps\n", n_steps),
                       output, n_steps);
  if (png_dir != NULL)
    sitrep_cli_printf (g_dngettext (GETTEXT_PACKAGE, "Wrote %u image in %s\n", "Wrote %u images in %s\n",
                                    n_steps), n_steps, png_dir);
  return EXIT_OK;
}
