/** Small stroke icons; decorative (the buttons carry the names). */
function Icon({ d }: { d: string }) {
  return (
    <svg
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      class="shrink-0"
      fill="none"
      stroke="currentColor"
      stroke-width="1.5"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <path d={d} />
    </svg>
  );
}

export const GripIcon = () => <Icon d="M6 3.5h.01M10 3.5h.01M6 8h.01M10 8h.01M6 12.5h.01M10 12.5h.01" />;
export const CollapseIcon = () => <Icon d="M4 10l4-4 4 4" />;
export const CloseIcon = () => <Icon d="M4 4l8 8M12 4l-8 8" />;
