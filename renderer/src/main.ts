import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import { createKioskI18n } from './i18n';
import './styles/main.css';

createApp(App).use(createPinia()).use(createKioskI18n()).mount('#app');
