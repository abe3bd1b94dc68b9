/* sitrep-accessible.c — names for the parts of composite controls that GTK 4.8 leaves unnamed
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-accessible"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "sitrep-accessible.h"
#include "sitrep-story-export.h"

/* A shortcut as tooltips write it: "(Ctrl+I)", "(F5)", "(Shift+Ctrl+V)". */
static gboolean
is_shortcut (const char *inside,
             gsize       len)
{
  if (len >= 2 && inside[0] == 'F' && g_ascii_isdigit (inside[1]))
    return TRUE;
  return memchr (inside, '+', len) != NULL && len < 24;
}

char *
sitrep_accessible_clean_name (const char *text)
{
  GString *out;
  const char *open;
  gsize len;

  g_return_val_if_fail (text != NULL, NULL);

  out = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p++)
    {
      /* "__" is a written underscore; a single one marks the mnemonic. */
      if (*p == '_' && p[1] == '_')
        {
          g_string_append_c (out, '_');
          p++;
        }
      else if (*p != '_')
        g_string_append_c (out, *p);
    }

  len = out->len;
  open = strrchr (out->str, '(');
  if (len > 0 && out->str[len - 1] == ')' && open != NULL && open > out->str &&
      is_shortcut (open + 1, (gsize) (out->str + len - 1 - (open + 1))))
    {
      g_string_truncate (out, (gsize) (open - out->str));
      while (out->len > 0 && out->str[out->len - 1] == ' ')
        g_string_truncate (out, out->len - 1);
    }
  return g_string_free (out, FALSE);
}

static void
set_label (GtkWidget  *widget,
           const char *name)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/* The first child of @widget that is a @type, or NULL. */
static GtkWidget *
child_of_type (GtkWidget *widget,
               GType      type)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (c, type))
        return c;
    }
  return NULL;
}

static void
name_menu_button (GtkWidget  *menu_button,
                  const char *name)
{
  GtkWidget *toggle = child_of_type (menu_button, GTK_TYPE_TOGGLE_BUTTON);

  set_label (menu_button, name);
  if (toggle != NULL)
    set_label (toggle, name);
}

void
sitrep_accessible_set_name (GtkWidget  *control,
                            const char *name)
{
  const char *clean = name;

  g_return_if_fail (GTK_IS_WIDGET (control));
  g_return_if_fail (name != NULL);

  if (GTK_IS_MENU_BUTTON (control))
    name_menu_button (control, clean);
  else if (GTK_IS_DROP_DOWN (control))
    {
      GtkWidget *toggle = child_of_type (control, GTK_TYPE_TOGGLE_BUTTON);

      set_label (control, clean);
      if (toggle != NULL)
        set_label (toggle, clean);
    }
  else if (ADW_IS_SPLIT_BUTTON (control))
    {
      GtkWidget *main_half = child_of_type (control, GTK_TYPE_BUTTON);

      set_label (control, clean);
      if (main_half != NULL)
        set_label (main_half, clean);
    }
  else
    set_label (control, clean);
}

static void
name_split_button (AdwSplitButton *split)
{
  GtkWidget *widget = GTK_WIDGET (split);
  const char *label = adw_split_button_get_label (split);
  const char *tooltip = gtk_widget_get_tooltip_text (widget);
  const char *dropdown = adw_split_button_get_dropdown_tooltip (split);
  GtkWidget *menu_half = child_of_type (widget, GTK_TYPE_MENU_BUTTON);
  GtkWidget *main_half = child_of_type (widget, GTK_TYPE_BUTTON);

  if (main_half != NULL && (label != NULL || tooltip != NULL))
    {
      g_autofree char *name = sitrep_accessible_clean_name (label != NULL ? label : tooltip);

      set_label (main_half, name);
    }
  if (menu_half != NULL && dropdown != NULL)
    {
      g_autofree char *name = sitrep_accessible_clean_name (dropdown);

      name_menu_button (menu_half, name);
    }
}

/* A button showing only an icon is named after its tooltip. */
static gboolean
shows_only_icon (GtkWidget *button)
{
  GtkWidget *child = gtk_button_get_child (GTK_BUTTON (button));

  return child == NULL || GTK_IS_IMAGE (child);
}

static void
on_menu_button_label (GtkMenuButton *button)
{
  const char *label = gtk_menu_button_get_label (button);
  g_autofree char *name = sitrep_accessible_clean_name (label != NULL ? label : "");

  name_menu_button (GTK_WIDGET (button), name);
}

static void
on_button_content_label (AdwButtonContent *content)
{
  const char *label = adw_button_content_get_label (content);
  g_autofree char *name = sitrep_accessible_clean_name (label != NULL ? label : "");

  set_label (gtk_widget_get_parent (GTK_WIDGET (content)), name);
}

static void
on_action_row_changed (AdwActionRow *row)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
  const char *subtitle = adw_action_row_get_subtitle (row);
  g_autofree char *name = NULL;

  g_autofree char *clean = sitrep_accessible_clean_name (title != NULL ? title : "");
  GtkWidget *activatable = adw_action_row_get_activatable_widget (row);

  if (subtitle != NULL && *subtitle != '\0')
    /* Translators: a row of properties read by a screen reader: its title, then its value */
    name = g_strdup_printf (_("%s: %s"), clean, subtitle);
  else
    name = g_strdup (clean);
  set_label (GTK_WIDGET (row), name);
  /* The switch or check button the row works is named after the row. */
  if (activatable != NULL && (GTK_IS_SWITCH (activatable) || GTK_IS_CHECK_BUTTON (activatable)))
    set_label (activatable, clean);
}

static void
on_row_title_changed (AdwPreferencesRow *row)
{
  const char *title = adw_preferences_row_get_title (row);
  g_autofree char *name = sitrep_accessible_clean_name (title != NULL ? title : "");

  set_label (GTK_WIDGET (row), name);
}

/* Names @widget's control now and whenever @signal says its label changed;
 * once, however often the tree is walked. */
static void
follow_label (GtkWidget  *widget,
              const char *signal,
              GCallback   callback)
{
  if (g_object_get_data (G_OBJECT (widget), "sitrep-accessible-follows") == NULL)
    {
      g_object_set_data (G_OBJECT (widget), "sitrep-accessible-follows", GINT_TO_POINTER (1));
      g_signal_connect (widget, signal, callback, NULL);
    }
  ((void (*) (GtkWidget *)) callback) (widget);
}

void
sitrep_accessible_name_parts (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      const char *tooltip = gtk_widget_get_tooltip_text (c);

      if (ADW_IS_SPLIT_BUTTON (c))
        {
          name_split_button (ADW_SPLIT_BUTTON (c));
          continue;
        }
      /* A menu button is named after its label, kept up as the label
       * changes ("Unplaced: 3"), or after its tooltip if it shows an icon. */
      if (GTK_IS_MENU_BUTTON (c))
        {
          if (gtk_menu_button_get_label (GTK_MENU_BUTTON (c)) != NULL)
            follow_label (c, "notify::label", G_CALLBACK (on_menu_button_label));
          else if (tooltip != NULL)
            {
              g_autofree char *name = sitrep_accessible_clean_name (tooltip);

              name_menu_button (c, name);
            }
          continue;
        }
      /* A row of properties: "When: 5 March 2022". */
      if (ADW_IS_ACTION_ROW (c))
        {
          follow_label (c, "notify::subtitle", G_CALLBACK (on_action_row_changed));
          if (g_object_get_data (G_OBJECT (c), "sitrep-accessible-title") == NULL)
            {
              g_object_set_data (G_OBJECT (c), "sitrep-accessible-title", GINT_TO_POINTER (1));
              g_signal_connect (c, "notify::title", G_CALLBACK (on_action_row_changed), NULL);
            }
        }
      /* A row to type in, named after its title. */
      else if (ADW_IS_PREFERENCES_ROW (c) && !ADW_IS_EXPANDER_ROW (c))
        follow_label (c, "notify::title", G_CALLBACK (on_row_title_changed));
      /* The row of column titles over a table. */
      if (GTK_IS_COLUMN_VIEW (root) && !GTK_IS_LIST_VIEW (c) && !GTK_IS_SCROLLBAR (c) &&
          gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (c)) == GTK_ACCESSIBLE_ROLE_ROW)
        set_label (c, _("Column titles"));
      /* GTK 4.8 names a button after its child, and an AdwButtonContent
       * has no name of its own. */
      if (GTK_IS_BUTTON (c) && ADW_IS_BUTTON_CONTENT (gtk_button_get_child (GTK_BUTTON (c))))
        {
          follow_label (gtk_button_get_child (GTK_BUTTON (c)), "notify::label",
                        G_CALLBACK (on_button_content_label));
          continue;
        }
      if (GTK_IS_DROP_DOWN (c) && tooltip != NULL)
        {
          sitrep_accessible_set_name (c, tooltip);
          continue;
        }
      if (GTK_IS_BUTTON (c) && tooltip != NULL && shows_only_icon (c))
        {
          g_autofree char *name = sitrep_accessible_clean_name (tooltip);

          set_label (c, name);
        }
      /* GTK 4.8 reads "_Edit" with its underscore. */
      else if (GTK_IS_BUTTON (c) && gtk_button_get_use_underline (GTK_BUTTON (c)) &&
               gtk_button_get_label (GTK_BUTTON (c)) != NULL)
        {
          g_autofree char *name = sitrep_accessible_clean_name (gtk_button_get_label (GTK_BUTTON (c)));

          set_label (c, name);
        }
      sitrep_accessible_name_parts (c);
    }
}

void
sitrep_accessible_name_item (GtkWidget  *child,
                             guint       up,
                             const char *name)
{
  GtkWidget *item = child;

  g_return_if_fail (GTK_IS_WIDGET (child));

  for (guint i = 0; i < up && item != NULL; i++)
    item = gtk_widget_get_parent (item);
  if (item == NULL || name == NULL)
    return;
  switch (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (item)))
    {
    case GTK_ACCESSIBLE_ROLE_LIST_ITEM:
    case GTK_ACCESSIBLE_ROLE_ROW:
    case GTK_ACCESSIBLE_ROLE_CELL:
    case GTK_ACCESSIBLE_ROLE_GRID_CELL:
      set_label (item, name);
      break;
    default:
      break;
    }
}

void
sitrep_accessible_say_selected (GtkWidget  *widget,
                                const char *name,
                                const char *what)
{
  g_autofree char *label = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (name != NULL);

  if (what != NULL && *what != '\0')
    /* Translators: what a screen reader says of the map or the timeline when
     * an event is selected in it: "Timeline, selected: Battles, 14 October 2022, …" */
    label = g_strdup_printf (_("%s, selected: %s"), name, what);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label != NULL ? label : name, -1);
}

char *
sitrep_accessible_describe_event (SitrepStore *store,
                                  gint64       id)
{
  g_autoptr(SitrepStoryCard) card = NULL;

  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);

  card = sitrep_story_card_new (store, id, NULL);
  if (card == NULL)
    return NULL;
  return sitrep_accessible_describe_card (NULL, card);
}

char *
sitrep_accessible_describe_card (const char            *lead,
                                 const SitrepStoryCard *card)
{
  const char *parts[] = { card->headline, card->date, card->place, card->figures };
  GString *text;

  g_return_val_if_fail (card != NULL, NULL);

  text = g_string_new (lead);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (parts[i] == NULL || *parts[i] == '\0')
        continue;
      if (text->len == 0)
        g_string_append (text, parts[i]);
      else
        /* Translators: joins the parts of an event a screen reader says */
        g_string_append_printf (text, _(", %s"), parts[i]);
    }

  return g_string_free (text, FALSE);
}
