/** A group's colour as the seat chart and every form use it. */
export const GROUP_COLOR_PATTERN = /^#[0-9A-Fa-f]{6}$/;
export const GROUP_COLOR_MESSAGE = '„color“ muss eine Farbe im Format #RRGGBB sein';
