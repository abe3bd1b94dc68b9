/* sitrep-count-button.c — the map's Unplaced and Places buttons: words cut at their end, the count whole
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "sitrep-count-button.h"

/* The Unplaced and Places buttons' words give way beside a narrow map, never
 * their counts: the words ("Unplaced:") and the count ("12") are labels of
 * their own, the words cut at their end ("Unpla… 12"). A label cut in its
 * middle showed "Unp…d: 8", or "… laced: 8" at 1024 pixels. @text is the
 * whole label as translated ("Unplaced: 12"), @count its count as written
 * in it ("12"; "" for none): the words are @text without it, on the side of
 * it the translation has them. */
void
sitrep_count_button_set (GtkMenuButton *button,
                 const char    *text,
                 const char    *count)
{
  GtkWidget *box = gtk_menu_button_get_child (button);
  GtkWidget *words = gtk_widget_get_first_child (box);
  GtkWidget *number = gtk_widget_get_next_sibling (words);
  const char *at = *count != '\0' ? strstr (text, count) : NULL;
  g_autofree char *before = NULL;
  g_autofree char *rest = NULL;

  /* The words are the label cut at its end (the count may come first). */
  if (gtk_label_get_ellipsize (GTK_LABEL (words)) == PANGO_ELLIPSIZE_NONE)
    {
      GtkWidget *swap = words;

      words = number;
      number = swap;
    }
  /* Read whole by a screen reader, after the button's name. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  if (at == NULL)
    {
      gtk_label_set_text (GTK_LABEL (words), text);
      gtk_label_set_xalign (GTK_LABEL (words), 0.5);
      gtk_widget_set_visible (number, FALSE);
      return;
    }
  before = g_strndup (text, (gsize) (at - text));
  rest = g_strconcat (before, at + strlen (count), NULL);
  g_strstrip (rest);
  gtk_label_set_text (GTK_LABEL (words), rest);
  gtk_label_set_text (GTK_LABEL (number), count);
  gtk_widget_set_visible (number, TRUE);
  /* The count first where the translation puts it first; the words, cut
   * short, next to it ("Un… 8", not "Un…   8": a label centres its text). */
  if (at == text)
    gtk_box_reorder_child_after (GTK_BOX (box), number, NULL);
  else
    gtk_box_reorder_child_after (GTK_BOX (box), number, words);
  gtk_label_set_xalign (GTK_LABEL (words), at == text ? 0.0 : 1.0);
}
