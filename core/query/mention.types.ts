/** The parts of a mention that watch queries can see. */
export interface MatchableMention {
  text: string;
  language?: string | null;
  platform: string;
  authorHandle?: string | null;
}
