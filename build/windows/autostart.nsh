; Included by the NSIS installer (electron-builder.yml, nsis.include). The installer is
; per-machine: the kiosk starts, in kiosk mode, at every user's log-in through the machine's
; Run key. An update keeps the entry; uninstalling removes it.
!macro customInstall
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Run" "KiosqueActivation" '"$INSTDIR\${APP_EXECUTABLE_FILENAME}"'
!macroend

!macro customUnInstall
  ${ifNot} ${isUpdated}
    DeleteRegValue HKLM "Software\Microsoft\Windows\CurrentVersion\Run" "KiosqueActivation"
  ${endIf}
!macroend
