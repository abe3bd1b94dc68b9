/* sitrep-count-button.c — the map's Unplaced and Places buttons: their words whole, or an icon and the count
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "sitrep-count-button.h"

/* The Unplaced and Places buttons' words give way beside a narrow map, never
 * their counts. A cut word read badly: "Unpla… 8" below about 950 pixels,
 * "Unp…d: 8" or "… laced: 8" before that. So a SitrepCountLabel shows its
 * words whole when it is given the width they ask for, and else an icon in
 * their place with the count beside it; the whole text is the button's
 * accessible description and its tooltip says what the icon stands for. */

#define SPACING 4

struct _SitrepCountLabel
{
  GtkWidget  parent_instance;

  GtkWidget *icon;
  GtkWidget *words;
  GtkWidget *count;
  gboolean   count_first;   /* the translation puts the count first */
};

G_DEFINE_FINAL_TYPE (SitrepCountLabel, sitrep_count_label, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_ICON_NAME,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
has_count (SitrepCountLabel *self)
{
  return gtk_widget_get_visible (self->count);
}

static int
measure_one (GtkWidget *child,
             gboolean   natural)
{
  int min = 0, nat = 0;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  return natural ? nat : min;
}

/* The width the words and the count need whole; the least, the icon and
 * the count (or the icon alone). */
static int
whole_width (SitrepCountLabel *self)
{
  int width = measure_one (self->words, TRUE);

  if (has_count (self))
    width += SPACING + measure_one (self->count, TRUE);
  return width;
}

static int
least_width (SitrepCountLabel *self)
{
  if (!has_count (self))
    return measure_one (self->icon, TRUE);
  return measure_one (self->icon, TRUE) + SPACING + measure_one (self->count, TRUE);
}

static void
sitrep_count_label_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  SitrepCountLabel *self = SITREP_COUNT_LABEL (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int whole = whole_width (self), least = least_width (self);

      *minimum = MIN (least, whole);
      *natural = whole;
      return;
    }
  *minimum = *natural = 0;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      int min = 0, nat = 0;

      if (!gtk_widget_get_visible (c))
        continue;
      gtk_widget_measure (c, GTK_ORIENTATION_VERTICAL, -1, &min, &nat, NULL, NULL);
      *minimum = MAX (*minimum, min);
      *natural = MAX (*natural, nat);
    }
}

/* Lays @child out at @x (from the start side) and returns where the next goes. */
static int
place (GtkWidget *widget,
       GtkWidget *child,
       int        x,
       int        width_all,
       int        height)
{
  int width = measure_one (child, TRUE);
  int at = x;

  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    at = width_all - x - width;
  gtk_widget_size_allocate (child, &(GtkAllocation) { at, 0, width, height }, -1);
  return x + width + SPACING;
}

static void
sitrep_count_label_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  SitrepCountLabel *self = SITREP_COUNT_LABEL (widget);
  gboolean whole = width >= whole_width (self);
  int content = whole ? whole_width (self) : least_width (self);
  /* Centred, as a button's label is. */
  int x = MAX (0, (width - content) / 2);

  gtk_widget_set_child_visible (self->icon, !whole);
  gtk_widget_set_child_visible (self->words, whole);
  if (!has_count (self))
    {
      place (widget, whole ? self->words : self->icon, x, width, height);
      return;
    }
  if (self->count_first)
    {
      x = place (widget, self->count, x, width, height);
      place (widget, whole ? self->words : self->icon, x, width, height);
    }
  else
    {
      x = place (widget, whole ? self->words : self->icon, x, width, height);
      place (widget, self->count, x, width, height);
    }
}

static void
sitrep_count_label_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SitrepCountLabel *self = SITREP_COUNT_LABEL (object);

  switch (prop_id)
    {
    case PROP_ICON_NAME:
      g_value_set_string (value, gtk_image_get_icon_name (GTK_IMAGE (self->icon)));
      break;
    case PROP_LABEL:
      g_value_set_string (value, gtk_label_get_text (GTK_LABEL (self->words)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_count_label_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SitrepCountLabel *self = SITREP_COUNT_LABEL (object);

  switch (prop_id)
    {
    case PROP_ICON_NAME:
      gtk_image_set_from_icon_name (GTK_IMAGE (self->icon), g_value_get_string (value));
      break;
    case PROP_LABEL:
      gtk_label_set_text (GTK_LABEL (self->words), g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sitrep_count_label_dispose (GObject *object)
{
  SitrepCountLabel *self = SITREP_COUNT_LABEL (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->icon = self->words = self->count = NULL;
  G_OBJECT_CLASS (sitrep_count_label_parent_class)->dispose (object);
}

static void
sitrep_count_label_class_init (SitrepCountLabelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sitrep_count_label_get_property;
  object_class->set_property = sitrep_count_label_set_property;
  object_class->dispose = sitrep_count_label_dispose;
  widget_class->measure = sitrep_count_label_measure;
  widget_class->size_allocate = sitrep_count_label_size_allocate;

  properties[PROP_ICON_NAME] =
    g_param_spec_string ("icon-name", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sitrep_count_label_init (SitrepCountLabel *self)
{
  self->icon = gtk_image_new ();
  gtk_widget_set_parent (self->icon, GTK_WIDGET (self));
  gtk_widget_set_child_visible (self->icon, FALSE);
  self->words = gtk_label_new (NULL);
  gtk_widget_set_parent (self->words, GTK_WIDGET (self));
  self->count = gtk_label_new (NULL);
  gtk_widget_set_parent (self->count, GTK_WIDGET (self));
  gtk_widget_set_visible (self->count, FALSE);
}

/* Sets @button's label (a SitrepCountLabel: ui/sitrep-map-view.ui) to
 * @text as translated ("Unplaced: 12"), @count its count as written in it
 * ("12"; "" for none): the words are @text without it, on the side of it
 * the translation has them. */
void
sitrep_count_button_set (GtkMenuButton *button,
                         const char    *text,
                         const char    *count)
{
  SitrepCountLabel *self = SITREP_COUNT_LABEL (gtk_menu_button_get_child (button));
  const char *at = *count != '\0' ? strstr (text, count) : NULL;
  g_autofree char *before = NULL;
  g_autofree char *rest = NULL;

  /* Read whole by a screen reader, after the button's name. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  if (at == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->words), text);
      gtk_widget_set_visible (self->count, FALSE);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      return;
    }
  before = g_strndup (text, (gsize) (at - text));
  rest = g_strconcat (before, at + strlen (count), NULL);
  g_strstrip (rest);
  gtk_label_set_text (GTK_LABEL (self->words), rest);
  gtk_label_set_text (GTK_LABEL (self->count), count);
  gtk_widget_set_visible (self->count, TRUE);
  self->count_first = at == text;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* Whether @button shows its words whole (else its icon and the count). */
gboolean
sitrep_count_button_shows_words (GtkMenuButton *button)
{
  SitrepCountLabel *self = SITREP_COUNT_LABEL (gtk_menu_button_get_child (button));

  return gtk_widget_get_child_visible (self->words);
}

/* @button's words and its count, labels of their own (for the tests). */
GtkLabel *
sitrep_count_button_get_words (GtkMenuButton *button)
{
  return GTK_LABEL (SITREP_COUNT_LABEL (gtk_menu_button_get_child (button))->words);
}

GtkLabel *
sitrep_count_button_get_count (GtkMenuButton *button)
{
  return GTK_LABEL (SITREP_COUNT_LABEL (gtk_menu_button_get_child (button))->count);
}
