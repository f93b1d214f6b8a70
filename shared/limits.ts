// Constants both sides need to agree on (field formats). Policy limits that a school may tune
// (TTL, rate limits, idle delay) are settings in main/config/, not constants.
export const OTP_CODE_LENGTH = 6; // S-OTP-1
export const PASSWORD_MIN_LENGTH = 12; // S-PWD-1
export const PASSWORD_MAX_LENGTH = 128; // S-PWD-1 ("at least 64")
export const NAME_MAX_LENGTH = 100;
export const PHONE_MAX_LENGTH = 30;
