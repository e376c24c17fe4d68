// Whether what the learner does in this session is kept, asked once at start-up. When it is not
// (study data read-only or unavailable), every screen that writes says so before the learner starts.
import type { UserDataStatus } from '../backend';

const state = $state<{ status: UserDataStatus }>({ status: 'saved' });

export const userData = {
  get status(): UserDataStatus {
    return state.status;
  },
};

export function setUserDataStatus(status: UserDataStatus): void {
  state.status = status;
}
